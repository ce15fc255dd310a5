CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`actor_user_id` integer,
	`action` text NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` text,
	`detail` text,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `audit_events_subject` ON `audit_events` (`subject_type`,`subject_id`);--> statement-breakpoint
CREATE TABLE `municipalities` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`province` text NOT NULL,
	`region` text
);
--> statement-breakpoint
CREATE TABLE `municipality_policies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`municipality_code` text NOT NULL,
	`effective_from` text NOT NULL,
	`abonnementstarief_cents` integer NOT NULL,
	`tariff_free_with_partner_under_aow` integer NOT NULL,
	`tariff_free_under_age` integer NOT NULL,
	`income_dependent_contribution` integer DEFAULT false NOT NULL,
	`social_minimum_single_cents` integer NOT NULL,
	`social_minimum_couple_cents` integer NOT NULL,
	`social_minimum_single_aow_cents` integer NOT NULL,
	`social_minimum_couple_aow_cents` integer NOT NULL,
	`aow_age_years` integer NOT NULL,
	`draagkracht_threshold_percent` integer NOT NULL,
	`zin_hourly_tariff_cents` integer NOT NULL,
	`pgb_informal_rate_percent` integer NOT NULL,
	`mediation_fee_cents` integer NOT NULL,
	`hht_subsidy_per_hour_cents` integer NOT NULL,
	`powerful_ageing_min_age` integer NOT NULL,
	`powerful_ageing_cost_cents` integer NOT NULL,
	`minutes_cleaning` integer NOT NULL,
	`minutes_laundry` integer NOT NULL,
	`minutes_heavy_cleaning` integer NOT NULL,
	`stale_after_days` integer NOT NULL,
	`source` text NOT NULL,
	FOREIGN KEY (`municipality_code`) REFERENCES `municipalities`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "policy_effective_from_date" CHECK("municipality_policies"."effective_from" GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
	CONSTRAINT "policy_threshold_positive" CHECK("municipality_policies"."draagkracht_threshold_percent" > 0),
	CONSTRAINT "policy_stale_positive" CHECK("municipality_policies"."stale_after_days" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `municipality_policies_code_from` ON `municipality_policies` (`municipality_code`,`effective_from`);--> statement-breakpoint
CREATE TABLE `postcode_areas` (
	`pc4` text PRIMARY KEY NOT NULL,
	`place` text NOT NULL,
	`municipality_code` text NOT NULL,
	`lat` real NOT NULL,
	`lon` real NOT NULL,
	FOREIGN KEY (`municipality_code`) REFERENCES `municipalities`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `postcode_areas_municipality` ON `postcode_areas` (`municipality_code`);--> statement-breakpoint
CREATE TABLE `provider_service_areas` (
	`provider_id` integer NOT NULL,
	`municipality_code` text NOT NULL,
	PRIMARY KEY(`provider_id`, `municipality_code`),
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`municipality_code`) REFERENCES `municipalities`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `provider_service_areas_municipality` ON `provider_service_areas` (`municipality_code`);--> statement-breakpoint
CREATE TABLE `providers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`kvk_number` text NOT NULL,
	`contact_name` text NOT NULL,
	`contact_email` text NOT NULL,
	`contact_phone` text,
	`vetting_status` text DEFAULT 'pending' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	CONSTRAINT "providers_kind" CHECK("providers"."kind" IN ('zin','private_cleaner','pgb_mediator','physio')),
	CONSTRAINT "providers_vetting" CHECK("providers"."vetting_status" IN ('pending','vetted','suspended')),
	CONSTRAINT "providers_kvk" CHECK(length("providers"."kvk_number") = 8 AND "providers"."kvk_number" NOT GLOB '*[^0-9]*')
);
--> statement-breakpoint
CREATE INDEX `providers_kind_status` ON `providers` (`kind`,`vetting_status`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`municipality_code` text,
	`provider_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`municipality_code`) REFERENCES `municipalities`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "users_role" CHECK("users"."role" IN ('citizen','provider_staff','consultant','admin')),
	CONSTRAINT "users_scope" CHECK(("users"."role" IN ('consultant','admin') AND "users"."municipality_code" IS NOT NULL AND "users"."provider_id" IS NULL)
       OR ("users"."role" = 'provider_staff' AND "users"."provider_id" IS NOT NULL AND "users"."municipality_code" IS NULL)
       OR ("users"."role" = 'citizen' AND "users"."provider_id" IS NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email` ON `users` (`email`);