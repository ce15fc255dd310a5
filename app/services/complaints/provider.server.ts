// The complaints about a provider, as its staff read them to respond; audited per municipality.
import { complaintsAbout } from "~/models/complaints.server";
import { audit } from "../audit.server";

const LIST_LIMIT = 500;

/**
 * The complaints about the staff member's own provider, open ones first. No name or contact
 * details of the citizen: the provider answers the municipality, not the citizen.
 */
export function listProviderComplaints(staff: { id: number; providerId: number }) {
  const rows = complaintsAbout(staff, LIST_LIMIT);
  // One entry per municipality whose citizens' complaints were read.
  const byMunicipality = new Map<string, number[]>();
  for (const r of rows)
    byMunicipality.set(r.municipalityCode, [...(byMunicipality.get(r.municipalityCode) ?? []), r.id]);
  for (const [municipalityCode, complaintIds] of byMunicipality)
    audit({
      actorUserId: staff.id,
      action: "complaints.listed",
      subjectType: "provider",
      subjectId: staff.providerId,
      municipalityCode,
      detail: { complaintIds },
    });
  return rows.map(({ municipalityCode: _, ...c }) => ({
    ...c,
    createdAt: c.createdAt.getTime(),
    providerResponseAt: c.providerResponseAt?.getTime() ?? null,
  }));
}

export type ProviderComplaint = ReturnType<typeof listProviderComplaints>[number];
