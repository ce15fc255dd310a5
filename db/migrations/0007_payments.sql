CREATE TABLE `payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`slot_id` integer,
	`kind` text NOT NULL,
	`citizen_user_id` integer NOT NULL,
	`provider_id` integer NOT NULL,
	`municipality_code` text NOT NULL,
	`visit_starts_at` integer NOT NULL,
	`visit_minutes` integer NOT NULL,
	`hourly_rate_cents` integer NOT NULL,
	`hht_per_hour_cents` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	`municipality_cents` integer NOT NULL,
	`currency` text DEFAULT 'eur' NOT NULL,
	`method` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`paid_at` integer,
	`failed_at` integer,
	`expired_at` integer,
	`refunded_at` integer,
	`stripe_checkout_session_id` text,
	`stripe_payment_intent_id` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `help_requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`citizen_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`municipality_code`) REFERENCES `municipalities`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "payments_amounts" CHECK("payments"."amount_cents" >= 0 AND "payments"."municipality_cents" >= 0),
	CONSTRAINT "payments_status" CHECK("payments"."status" IN ('open','paid','failed','refunded'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `payments_visit` ON `payments` (`slot_id`,`kind`);--> statement-breakpoint
CREATE INDEX `payments_citizen` ON `payments` (`citizen_user_id`,`status`);--> statement-breakpoint
CREATE INDEX `payments_provider` ON `payments` (`provider_id`,`visit_starts_at`);--> statement-breakpoint
CREATE INDEX `payments_municipality` ON `payments` (`municipality_code`,`visit_starts_at`);--> statement-breakpoint
CREATE INDEX `payments_checkout` ON `payments` (`stripe_checkout_session_id`);--> statement-breakpoint
CREATE INDEX `payments_intent` ON `payments` (`stripe_payment_intent_id`);--> statement-breakpoint
CREATE TABLE `stripe_events` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`payment_id` integer,
	`intent_id` text,
	`event_at` integer NOT NULL,
	`changes_payment` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`payment_id`) REFERENCES `payments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stripe_events_intent` ON `stripe_events` (`intent_id`);--> statement-breakpoint
ALTER TABLE `cleaner_slots` ADD `outcome` text;--> statement-breakpoint
ALTER TABLE `cleaner_slots` ADD `outcome_at` integer;--> statement-breakpoint
ALTER TABLE `cleaner_slots` ADD `outcome_by_user_id` integer;--> statement-breakpoint
ALTER TABLE `help_requests` ADD `payment_method` text;--> statement-breakpoint
ALTER TABLE `municipality_policies` ADD `late_cancellation_percent` integer DEFAULT 50 NOT NULL;