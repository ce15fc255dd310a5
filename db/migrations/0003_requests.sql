CREATE TABLE `help_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`citizen_user_id` integer NOT NULL,
	`acting_for_name` text,
	`acting_relation` text,
	`acting_consent` integer,
	`kind` text NOT NULL,
	`offer_id` text NOT NULL,
	`provider_id` integer,
	`cohort_id` integer,
	`municipality_code` text NOT NULL,
	`status` text NOT NULL,
	`answers` text NOT NULL,
	`citizen_cost_per_month_cents` integer NOT NULL,
	`municipality_cost_per_month_cents` integer NOT NULL,
	`hold_expires_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`citizen_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cohort_id`) REFERENCES `physio_cohorts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`municipality_code`) REFERENCES `municipalities`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `help_requests_citizen` ON `help_requests` (`citizen_user_id`);--> statement-breakpoint
CREATE INDEX `help_requests_provider` ON `help_requests` (`provider_id`,`status`);--> statement-breakpoint
CREATE INDEX `help_requests_municipality` ON `help_requests` (`municipality_code`,`kind`,`status`);--> statement-breakpoint
CREATE INDEX `help_requests_cohort` ON `help_requests` (`cohort_id`,`status`);--> statement-breakpoint
CREATE TABLE `request_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`status` text NOT NULL,
	`note` text,
	`by_user_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `help_requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `request_events_request` ON `request_events` (`request_id`);--> statement-breakpoint
ALTER TABLE `cleaner_slots` ADD `hold_expires_at` integer;--> statement-breakpoint
ALTER TABLE `cleaner_slots` ADD `request_id` integer;