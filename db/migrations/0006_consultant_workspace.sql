CREATE TABLE `case_decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`request_id` integer,
	`kind` text NOT NULL,
	`offer_id` text NOT NULL,
	`provider_id` integer,
	`reason` text NOT NULL,
	`note` text,
	`municipality_cost_per_month_cents` integer NOT NULL,
	`zin_cost_per_month_cents` integer,
	`decided_by_user_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`request_id`) REFERENCES `help_requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `case_decisions_case` ON `case_decisions` (`case_id`);--> statement-breakpoint
CREATE TABLE `cases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`municipality_code` text NOT NULL,
	`citizen_user_id` integer NOT NULL,
	`person_key` text DEFAULT '' NOT NULL,
	`person_name` text NOT NULL,
	`talk_situation` text,
	`talk_own_abilities` text,
	`talk_network` text,
	`talk_facilities` text,
	`talk_notes` text,
	`talk_at` integer,
	`talk_by_user_id` integer,
	`dk_household` text,
	`dk_partner_under_aow` integer,
	`dk_income_cents` integer,
	`dk_percent` integer,
	`dk_at` integer,
	`dk_by_user_id` integer,
	`contact_phone` text,
	`preferences` text,
	`consent_share_intake` integer DEFAULT false NOT NULL,
	`consent_share_health` integer DEFAULT false NOT NULL,
	`consent_at` integer,
	`consent_by_user_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`municipality_code`) REFERENCES `municipalities`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`citizen_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`talk_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`dk_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`consent_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "cases_income" CHECK("cases"."dk_income_cents" IS NULL OR "cases"."dk_income_cents" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_person` ON `cases` (`municipality_code`,`citizen_user_id`,`person_key`);--> statement-breakpoint
CREATE TABLE `evaluations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`referral_id` integer NOT NULL,
	`outcome` text NOT NULL,
	`explanation` text NOT NULL,
	`by_user_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`reviewed_by_user_id` integer,
	`reviewed_at` integer,
	`review_note` text,
	FOREIGN KEY (`referral_id`) REFERENCES `referrals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`reviewed_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evaluations_referral` ON `evaluations` (`referral_id`);--> statement-breakpoint
CREATE TABLE `indications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`decision_id` integer NOT NULL,
	`minutes_per_week` integer NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`evaluation_date` text NOT NULL,
	`duration_months` integer NOT NULL,
	`first` integer NOT NULL,
	`created_by_user_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decision_id`) REFERENCES `case_decisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "indications_minutes" CHECK("indications"."minutes_per_week" BETWEEN 15 AND 2400),
	CONSTRAINT "indications_dates" CHECK("indications"."start_date" <= "indications"."evaluation_date" AND "indications"."evaluation_date" <= "indications"."end_date")
);
--> statement-breakpoint
CREATE INDEX `indications_case` ON `indications` (`case_id`);--> statement-breakpoint
CREATE TABLE `referral_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`referral_id` integer NOT NULL,
	`status` text NOT NULL,
	`note` text,
	`by_user_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`referral_id`) REFERENCES `referrals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `referral_events_referral` ON `referral_events` (`referral_id`);--> statement-breakpoint
CREATE TABLE `referrals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indication_id` integer NOT NULL,
	`case_id` integer NOT NULL,
	`provider_id` integer NOT NULL,
	`municipality_code` text NOT NULL,
	`status` text DEFAULT 'sent' NOT NULL,
	`intake` text NOT NULL,
	`start_date` text,
	`decline_reason` text,
	`end_reason` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`indication_id`) REFERENCES `indications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`municipality_code`) REFERENCES `municipalities`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "referrals_status" CHECK("referrals"."status" IN ('sent','accepted','declined','started','ended','withdrawn'))
);
--> statement-breakpoint
CREATE INDEX `referrals_provider` ON `referrals` (`provider_id`,`status`);--> statement-breakpoint
CREATE INDEX `referrals_municipality` ON `referrals` (`municipality_code`,`status`);--> statement-breakpoint
CREATE INDEX `referrals_indication` ON `referrals` (`indication_id`);--> statement-breakpoint
CREATE TABLE `signal_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`signal_id` integer NOT NULL,
	`note` text NOT NULL,
	`by_user_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`signal_id`) REFERENCES `signals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `signal_notes_signal` ON `signal_notes` (`signal_id`);--> statement-breakpoint
CREATE TABLE `signals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`provider_id` integer NOT NULL,
	`municipality_code` text NOT NULL,
	`type` text NOT NULL,
	`urgency` text NOT NULL,
	`text` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`raised_by_user_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`acknowledged_at` integer,
	`acknowledged_by_user_id` integer,
	`closed_at` integer,
	`closed_by_user_id` integer,
	`close_note` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`municipality_code`) REFERENCES `municipalities`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`raised_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`acknowledged_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`closed_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "signals_status" CHECK("signals"."status" IN ('open','acknowledged','closed')),
	CONSTRAINT "signals_urgency" CHECK("signals"."urgency" IN ('normal','urgent'))
);
--> statement-breakpoint
CREATE INDEX `signals_municipality` ON `signals` (`municipality_code`,`status`);--> statement-breakpoint
CREATE INDEX `signals_provider` ON `signals` (`provider_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `audit_events` ADD `municipality_code` text REFERENCES municipalities(code);--> statement-breakpoint
CREATE INDEX `audit_events_municipality` ON `audit_events` (`municipality_code`,`created_at`);--> statement-breakpoint
ALTER TABLE `help_requests` ADD `case_id` integer REFERENCES cases(id);--> statement-breakpoint
-- Requests that reached the consultants before cases existed get their case now.
INSERT OR IGNORE INTO `cases` (`municipality_code`, `citizen_user_id`, `person_key`, `person_name`, `updated_at`)
SELECT r.`municipality_code`, r.`citizen_user_id`, lower(trim(coalesce(r.`acting_for_name`, ''))),
       coalesce(r.`acting_for_name`, u.`name`), r.`updated_at`
FROM `help_requests` r JOIN `users` u ON u.`id` = r.`citizen_user_id` WHERE r.`kind` = 'zin';
--> statement-breakpoint
UPDATE `help_requests` SET `case_id` = (
  SELECT c.`id` FROM `cases` c
  WHERE c.`municipality_code` = `help_requests`.`municipality_code`
    AND c.`citizen_user_id` = `help_requests`.`citizen_user_id`
    AND c.`person_key` = lower(trim(coalesce(`help_requests`.`acting_for_name`, '')))
) WHERE `kind` = 'zin';
