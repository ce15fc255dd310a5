CREATE TABLE `api_keys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`provider_id` integer NOT NULL,
	`name` text NOT NULL,
	`key_hash` text NOT NULL,
	`prefix` text NOT NULL,
	`created_by_user_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`last_used_at` integer,
	`revoked_at` integer,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_hash` ON `api_keys` (`key_hash`);--> statement-breakpoint
CREATE INDEX `api_keys_provider` ON `api_keys` (`provider_id`);--> statement-breakpoint
CREATE TABLE `capacity_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`provider_id` integer NOT NULL,
	`record_type` text NOT NULL,
	`external_ref` text NOT NULL,
	`action` text NOT NULL,
	`before` text,
	`after` text,
	`changed_by_user_id` integer,
	`api_key_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`changed_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`api_key_id`) REFERENCES `api_keys`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `capacity_changes_provider` ON `capacity_changes` (`provider_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `cleaner_exceptions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`provider_id` integer NOT NULL,
	`external_ref` text NOT NULL,
	`updated_at` integer NOT NULL,
	`confirmed_at` integer NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text NOT NULL,
	`reason` text,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "cleaner_exceptions_order" CHECK("cleaner_exceptions"."from_date" <= "cleaner_exceptions"."to_date")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cleaner_exceptions_ref` ON `cleaner_exceptions` (`provider_id`,`external_ref`);--> statement-breakpoint
CREATE TABLE `cleaner_slots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`provider_id` integer NOT NULL,
	`window_id` integer,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`status` text DEFAULT 'free' NOT NULL,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`window_id`) REFERENCES `cleaner_windows`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "cleaner_slots_status" CHECK("cleaner_slots"."status" IN ('free','held','booked'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cleaner_slots_provider_start` ON `cleaner_slots` (`provider_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `cleaner_slots_free` ON `cleaner_slots` (`status`,`starts_at`);--> statement-breakpoint
CREATE TABLE `cleaner_windows` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`provider_id` integer NOT NULL,
	`external_ref` text NOT NULL,
	`updated_at` integer NOT NULL,
	`confirmed_at` integer NOT NULL,
	`weekday` integer NOT NULL,
	`start_time` text NOT NULL,
	`end_time` text NOT NULL,
	`visit_minutes` integer NOT NULL,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "cleaner_windows_weekday" CHECK("cleaner_windows"."weekday" BETWEEN 1 AND 7),
	CONSTRAINT "cleaner_windows_order" CHECK("cleaner_windows"."start_time" < "cleaner_windows"."end_time"),
	CONSTRAINT "cleaner_windows_visit" CHECK("cleaner_windows"."visit_minutes" BETWEEN 30 AND 480)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cleaner_windows_ref` ON `cleaner_windows` (`provider_id`,`external_ref`);--> statement-breakpoint
CREATE TABLE `mediator_capacity_months` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`provider_id` integer NOT NULL,
	`external_ref` text NOT NULL,
	`updated_at` integer NOT NULL,
	`confirmed_at` integer NOT NULL,
	`municipality_code` text NOT NULL,
	`month` text NOT NULL,
	`new_matches` integer NOT NULL,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`municipality_code`) REFERENCES `municipalities`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "mediator_capacity_months_nonneg" CHECK("mediator_capacity_months"."new_matches" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mediator_capacity_months_ref` ON `mediator_capacity_months` (`provider_id`,`external_ref`);--> statement-breakpoint
CREATE UNIQUE INDEX `mediator_capacity_months_month` ON `mediator_capacity_months` (`provider_id`,`municipality_code`,`month`);--> statement-breakpoint
CREATE TABLE `mediator_pools` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`provider_id` integer NOT NULL,
	`external_ref` text NOT NULL,
	`updated_at` integer NOT NULL,
	`confirmed_at` integer NOT NULL,
	`helpers` integer NOT NULL,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "mediator_pools_nonneg" CHECK("mediator_pools"."helpers" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mediator_pools_ref` ON `mediator_pools` (`provider_id`,`external_ref`);--> statement-breakpoint
CREATE UNIQUE INDEX `mediator_pools_provider` ON `mediator_pools` (`provider_id`);--> statement-breakpoint
CREATE TABLE `physio_cohorts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`provider_id` integer NOT NULL,
	`external_ref` text NOT NULL,
	`updated_at` integer NOT NULL,
	`confirmed_at` integer NOT NULL,
	`start_date` text NOT NULL,
	`weeks` integer DEFAULT 14 NOT NULL,
	`session1_weekday` integer NOT NULL,
	`session1_time` text NOT NULL,
	`session2_weekday` integer NOT NULL,
	`session2_time` text NOT NULL,
	`seats` integer NOT NULL,
	`location` text NOT NULL,
	`location_pc4` text NOT NULL,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`location_pc4`) REFERENCES `postcode_areas`(`pc4`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "physio_cohorts_seats" CHECK("physio_cohorts"."seats" BETWEEN 1 AND 100)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `physio_cohorts_ref` ON `physio_cohorts` (`provider_id`,`external_ref`);--> statement-breakpoint
CREATE INDEX `physio_cohorts_start` ON `physio_cohorts` (`start_date`);--> statement-breakpoint
CREATE TABLE `provider_notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`provider_id` integer NOT NULL,
	`kind` text NOT NULL,
	`dedupe_key` text NOT NULL,
	`params` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`read_at` integer,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `provider_notifications_dedupe` ON `provider_notifications` (`provider_id`,`dedupe_key`);--> statement-breakpoint
CREATE TABLE `provider_status_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`provider_id` integer NOT NULL,
	`from_status` text NOT NULL,
	`to_status` text NOT NULL,
	`reason` text,
	`changed_by_user_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`changed_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `provider_status_changes_provider` ON `provider_status_changes` (`provider_id`);--> statement-breakpoint
CREATE TABLE `provider_vetting_checks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`provider_id` integer NOT NULL,
	`item` text NOT NULL,
	`ok` integer NOT NULL,
	`vog_date` text,
	`note` text,
	`checked_by_user_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`checked_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `provider_vetting_checks_provider` ON `provider_vetting_checks` (`provider_id`,`item`);--> statement-breakpoint
CREATE TABLE `zin_capacity_weeks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`provider_id` integer NOT NULL,
	`external_ref` text NOT NULL,
	`updated_at` integer NOT NULL,
	`confirmed_at` integer NOT NULL,
	`municipality_code` text NOT NULL,
	`week_start` text NOT NULL,
	`minutes_per_week` integer NOT NULL,
	`new_clients` integer NOT NULL,
	`earliest_start` text NOT NULL,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`municipality_code`) REFERENCES `municipalities`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "zin_capacity_weeks_nonneg" CHECK("zin_capacity_weeks"."minutes_per_week" >= 0 AND "zin_capacity_weeks"."new_clients" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `zin_capacity_weeks_ref` ON `zin_capacity_weeks` (`provider_id`,`external_ref`);--> statement-breakpoint
CREATE UNIQUE INDEX `zin_capacity_weeks_week` ON `zin_capacity_weeks` (`provider_id`,`municipality_code`,`week_start`);--> statement-breakpoint
CREATE INDEX `zin_capacity_weeks_municipality` ON `zin_capacity_weeks` (`municipality_code`,`week_start`);--> statement-breakpoint
CREATE TABLE `zin_waiting_lists` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`provider_id` integer NOT NULL,
	`external_ref` text NOT NULL,
	`updated_at` integer NOT NULL,
	`confirmed_at` integer NOT NULL,
	`municipality_code` text NOT NULL,
	`length` integer NOT NULL,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`municipality_code`) REFERENCES `municipalities`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "zin_waiting_lists_nonneg" CHECK("zin_waiting_lists"."length" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `zin_waiting_lists_ref` ON `zin_waiting_lists` (`provider_id`,`external_ref`);--> statement-breakpoint
CREATE UNIQUE INDEX `zin_waiting_lists_municipality` ON `zin_waiting_lists` (`provider_id`,`municipality_code`);--> statement-breakpoint
ALTER TABLE `providers` ADD `suspension_reason` text;--> statement-breakpoint
ALTER TABLE `providers` ADD `home_pc4` text REFERENCES postcode_areas(pc4);--> statement-breakpoint
ALTER TABLE `providers` ADD `max_travel_km` integer;--> statement-breakpoint
ALTER TABLE `providers` ADD `languages` text DEFAULT '["nl"]' NOT NULL;--> statement-breakpoint
ALTER TABLE `providers` ADD `hourly_rate_cents` integer;--> statement-breakpoint
ALTER TABLE `providers` ADD `accepts_hht` integer;--> statement-breakpoint
ALTER TABLE `providers` ADD `cao` text;--> statement-breakpoint
ALTER TABLE `providers` ADD `mediation_fee_cents` integer;--> statement-breakpoint
ALTER TABLE `providers` ADD `address` text;