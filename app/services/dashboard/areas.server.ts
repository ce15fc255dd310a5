// The areas an admin may look at: their own municipality, and the participating municipalities
// of its region together (never another region).
import { municipalityWithRegion, participatingMunicipalitiesIn } from "~/models/dashboard/area.server";

export function areasOf(municipalityCode: string) {
  const own = municipalityWithRegion({ municipalityCode }) ?? {
    code: municipalityCode,
    name: municipalityCode,
    region: null,
  };
  const region = own.region ? participatingMunicipalitiesIn(own.region) : [];
  return { own: { code: own.code, name: own.name }, region: own.region, regionMunicipalities: region };
}
