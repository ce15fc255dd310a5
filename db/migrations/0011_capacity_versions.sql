CREATE TABLE `capacity_versions` (
	`municipality_code` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 0 NOT NULL
);--> statement-breakpoint
-- Triggers that move a municipality's capacity version on every write that can change what
-- matching shows there (ADR 010): capacity records, slots, providers and their vetting and service
-- areas, requests (what is taken) and policies. Written by hand: drizzle-kit does not model triggers.
CREATE TRIGGER `cv_municipality_policies_insert` AFTER INSERT ON `municipality_policies` BEGIN
  INSERT INTO capacity_versions (municipality_code, version) SELECT NEW.municipality_code, 1 WHERE 1
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_municipality_policies_update` AFTER UPDATE ON `municipality_policies` BEGIN
  INSERT INTO capacity_versions (municipality_code, version) SELECT NEW.municipality_code, 1 WHERE 1
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
  INSERT INTO capacity_versions (municipality_code, version) SELECT OLD.municipality_code, 1 WHERE OLD.municipality_code IS NOT NEW.municipality_code
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_municipality_policies_delete` AFTER DELETE ON `municipality_policies` BEGIN
  INSERT INTO capacity_versions (municipality_code, version) SELECT OLD.municipality_code, 1 WHERE 1
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_provider_service_areas_insert` AFTER INSERT ON `provider_service_areas` BEGIN
  INSERT INTO capacity_versions (municipality_code, version) SELECT NEW.municipality_code, 1 WHERE 1
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_provider_service_areas_update` AFTER UPDATE ON `provider_service_areas` BEGIN
  INSERT INTO capacity_versions (municipality_code, version) SELECT NEW.municipality_code, 1 WHERE 1
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
  INSERT INTO capacity_versions (municipality_code, version) SELECT OLD.municipality_code, 1 WHERE OLD.municipality_code IS NOT NEW.municipality_code
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_provider_service_areas_delete` AFTER DELETE ON `provider_service_areas` BEGIN
  INSERT INTO capacity_versions (municipality_code, version) SELECT OLD.municipality_code, 1 WHERE 1
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_zin_capacity_weeks_insert` AFTER INSERT ON `zin_capacity_weeks` BEGIN
  INSERT INTO capacity_versions (municipality_code, version) SELECT NEW.municipality_code, 1 WHERE 1
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_zin_capacity_weeks_update` AFTER UPDATE ON `zin_capacity_weeks` BEGIN
  INSERT INTO capacity_versions (municipality_code, version) SELECT NEW.municipality_code, 1 WHERE 1
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
  INSERT INTO capacity_versions (municipality_code, version) SELECT OLD.municipality_code, 1 WHERE OLD.municipality_code IS NOT NEW.municipality_code
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_zin_capacity_weeks_delete` AFTER DELETE ON `zin_capacity_weeks` BEGIN
  INSERT INTO capacity_versions (municipality_code, version) SELECT OLD.municipality_code, 1 WHERE 1
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_zin_waiting_lists_insert` AFTER INSERT ON `zin_waiting_lists` BEGIN
  INSERT INTO capacity_versions (municipality_code, version) SELECT NEW.municipality_code, 1 WHERE 1
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_zin_waiting_lists_update` AFTER UPDATE ON `zin_waiting_lists` BEGIN
  INSERT INTO capacity_versions (municipality_code, version) SELECT NEW.municipality_code, 1 WHERE 1
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
  INSERT INTO capacity_versions (municipality_code, version) SELECT OLD.municipality_code, 1 WHERE OLD.municipality_code IS NOT NEW.municipality_code
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_zin_waiting_lists_delete` AFTER DELETE ON `zin_waiting_lists` BEGIN
  INSERT INTO capacity_versions (municipality_code, version) SELECT OLD.municipality_code, 1 WHERE 1
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_mediator_capacity_months_insert` AFTER INSERT ON `mediator_capacity_months` BEGIN
  INSERT INTO capacity_versions (municipality_code, version) SELECT NEW.municipality_code, 1 WHERE 1
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_mediator_capacity_months_update` AFTER UPDATE ON `mediator_capacity_months` BEGIN
  INSERT INTO capacity_versions (municipality_code, version) SELECT NEW.municipality_code, 1 WHERE 1
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
  INSERT INTO capacity_versions (municipality_code, version) SELECT OLD.municipality_code, 1 WHERE OLD.municipality_code IS NOT NEW.municipality_code
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_mediator_capacity_months_delete` AFTER DELETE ON `mediator_capacity_months` BEGIN
  INSERT INTO capacity_versions (municipality_code, version) SELECT OLD.municipality_code, 1 WHERE 1
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_providers_update` AFTER UPDATE ON `providers` BEGIN
  INSERT INTO capacity_versions (municipality_code, version)
    SELECT municipality_code, 1 FROM provider_service_areas WHERE provider_id = NEW.id
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
  INSERT INTO capacity_versions (municipality_code, version)
    SELECT municipality_code, 1 FROM provider_service_areas WHERE provider_id = OLD.id AND OLD.id IS NOT NEW.id
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_providers_delete` AFTER DELETE ON `providers` BEGIN
  INSERT INTO capacity_versions (municipality_code, version)
    SELECT municipality_code, 1 FROM provider_service_areas WHERE provider_id = OLD.id
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_provider_vetting_checks_insert` AFTER INSERT ON `provider_vetting_checks` BEGIN
  INSERT INTO capacity_versions (municipality_code, version)
    SELECT municipality_code, 1 FROM provider_service_areas WHERE provider_id = NEW.provider_id
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_provider_vetting_checks_update` AFTER UPDATE ON `provider_vetting_checks` BEGIN
  INSERT INTO capacity_versions (municipality_code, version)
    SELECT municipality_code, 1 FROM provider_service_areas WHERE provider_id = NEW.provider_id
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
  INSERT INTO capacity_versions (municipality_code, version)
    SELECT municipality_code, 1 FROM provider_service_areas WHERE provider_id = OLD.provider_id AND OLD.provider_id IS NOT NEW.provider_id
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_provider_vetting_checks_delete` AFTER DELETE ON `provider_vetting_checks` BEGIN
  INSERT INTO capacity_versions (municipality_code, version)
    SELECT municipality_code, 1 FROM provider_service_areas WHERE provider_id = OLD.provider_id
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_cleaner_windows_insert` AFTER INSERT ON `cleaner_windows` BEGIN
  INSERT INTO capacity_versions (municipality_code, version)
    SELECT municipality_code, 1 FROM provider_service_areas WHERE provider_id = NEW.provider_id
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_cleaner_windows_update` AFTER UPDATE ON `cleaner_windows` BEGIN
  INSERT INTO capacity_versions (municipality_code, version)
    SELECT municipality_code, 1 FROM provider_service_areas WHERE provider_id = NEW.provider_id
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
  INSERT INTO capacity_versions (municipality_code, version)
    SELECT municipality_code, 1 FROM provider_service_areas WHERE provider_id = OLD.provider_id AND OLD.provider_id IS NOT NEW.provider_id
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_cleaner_windows_delete` AFTER DELETE ON `cleaner_windows` BEGIN
  INSERT INTO capacity_versions (municipality_code, version)
    SELECT municipality_code, 1 FROM provider_service_areas WHERE provider_id = OLD.provider_id
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_cleaner_exceptions_insert` AFTER INSERT ON `cleaner_exceptions` BEGIN
  INSERT INTO capacity_versions (municipality_code, version)
    SELECT municipality_code, 1 FROM provider_service_areas WHERE provider_id = NEW.provider_id
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_cleaner_exceptions_update` AFTER UPDATE ON `cleaner_exceptions` BEGIN
  INSERT INTO capacity_versions (municipality_code, version)
    SELECT municipality_code, 1 FROM provider_service_areas WHERE provider_id = NEW.provider_id
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
  INSERT INTO capacity_versions (municipality_code, version)
    SELECT municipality_code, 1 FROM provider_service_areas WHERE provider_id = OLD.provider_id AND OLD.provider_id IS NOT NEW.provider_id
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_cleaner_exceptions_delete` AFTER DELETE ON `cleaner_exceptions` BEGIN
  INSERT INTO capacity_versions (municipality_code, version)
    SELECT municipality_code, 1 FROM provider_service_areas WHERE provider_id = OLD.provider_id
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_cleaner_slots_insert` AFTER INSERT ON `cleaner_slots` BEGIN
  INSERT INTO capacity_versions (municipality_code, version)
    SELECT municipality_code, 1 FROM provider_service_areas WHERE provider_id = NEW.provider_id
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_cleaner_slots_update` AFTER UPDATE ON `cleaner_slots` BEGIN
  INSERT INTO capacity_versions (municipality_code, version)
    SELECT municipality_code, 1 FROM provider_service_areas WHERE provider_id = NEW.provider_id
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
  INSERT INTO capacity_versions (municipality_code, version)
    SELECT municipality_code, 1 FROM provider_service_areas WHERE provider_id = OLD.provider_id AND OLD.provider_id IS NOT NEW.provider_id
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_cleaner_slots_delete` AFTER DELETE ON `cleaner_slots` BEGIN
  INSERT INTO capacity_versions (municipality_code, version)
    SELECT municipality_code, 1 FROM provider_service_areas WHERE provider_id = OLD.provider_id
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_mediator_pools_insert` AFTER INSERT ON `mediator_pools` BEGIN
  INSERT INTO capacity_versions (municipality_code, version)
    SELECT municipality_code, 1 FROM provider_service_areas WHERE provider_id = NEW.provider_id
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_mediator_pools_update` AFTER UPDATE ON `mediator_pools` BEGIN
  INSERT INTO capacity_versions (municipality_code, version)
    SELECT municipality_code, 1 FROM provider_service_areas WHERE provider_id = NEW.provider_id
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
  INSERT INTO capacity_versions (municipality_code, version)
    SELECT municipality_code, 1 FROM provider_service_areas WHERE provider_id = OLD.provider_id AND OLD.provider_id IS NOT NEW.provider_id
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_mediator_pools_delete` AFTER DELETE ON `mediator_pools` BEGIN
  INSERT INTO capacity_versions (municipality_code, version)
    SELECT municipality_code, 1 FROM provider_service_areas WHERE provider_id = OLD.provider_id
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_physio_cohorts_insert` AFTER INSERT ON `physio_cohorts` BEGIN
  INSERT INTO capacity_versions (municipality_code, version)
    SELECT municipality_code, 1 FROM provider_service_areas WHERE provider_id = NEW.provider_id
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_physio_cohorts_update` AFTER UPDATE ON `physio_cohorts` BEGIN
  INSERT INTO capacity_versions (municipality_code, version)
    SELECT municipality_code, 1 FROM provider_service_areas WHERE provider_id = NEW.provider_id
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
  INSERT INTO capacity_versions (municipality_code, version)
    SELECT municipality_code, 1 FROM provider_service_areas WHERE provider_id = OLD.provider_id AND OLD.provider_id IS NOT NEW.provider_id
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_physio_cohorts_delete` AFTER DELETE ON `physio_cohorts` BEGIN
  INSERT INTO capacity_versions (municipality_code, version)
    SELECT municipality_code, 1 FROM provider_service_areas WHERE provider_id = OLD.provider_id
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_help_requests_insert` AFTER INSERT ON `help_requests` BEGIN
  INSERT INTO capacity_versions (municipality_code, version) SELECT NEW.municipality_code, 1 WHERE 1
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
  INSERT INTO capacity_versions (municipality_code, version)
    SELECT municipality_code, 1 FROM provider_service_areas WHERE provider_id = NEW.provider_id
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_help_requests_update` AFTER UPDATE ON `help_requests` BEGIN
  INSERT INTO capacity_versions (municipality_code, version) SELECT NEW.municipality_code, 1 WHERE 1
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
  INSERT INTO capacity_versions (municipality_code, version)
    SELECT municipality_code, 1 FROM provider_service_areas WHERE provider_id = NEW.provider_id
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
  INSERT INTO capacity_versions (municipality_code, version) SELECT OLD.municipality_code, 1 WHERE OLD.municipality_code IS NOT NEW.municipality_code
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
  INSERT INTO capacity_versions (municipality_code, version)
    SELECT municipality_code, 1 FROM provider_service_areas WHERE provider_id = OLD.provider_id AND OLD.provider_id IS NOT NEW.provider_id
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_help_requests_delete` AFTER DELETE ON `help_requests` BEGIN
  INSERT INTO capacity_versions (municipality_code, version) SELECT OLD.municipality_code, 1 WHERE 1
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
  INSERT INTO capacity_versions (municipality_code, version)
    SELECT municipality_code, 1 FROM provider_service_areas WHERE provider_id = OLD.provider_id
    ON CONFLICT (municipality_code) DO UPDATE SET version = version + 1;
END;
