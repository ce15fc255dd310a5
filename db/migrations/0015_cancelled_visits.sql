CREATE TABLE `cancelled_visits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`slot_id` integer NOT NULL,
	`provider_id` integer NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`cancelled_at` integer NOT NULL,
	`charged_cents` integer DEFAULT 0 NOT NULL,
	`by_user_id` integer,
	FOREIGN KEY (`request_id`) REFERENCES `help_requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "cancelled_visits_charged" CHECK("cancelled_visits"."charged_cents" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cancelled_visits_request_slot` ON `cancelled_visits` (`request_id`,`slot_id`);