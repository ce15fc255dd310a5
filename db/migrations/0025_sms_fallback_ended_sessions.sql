CREATE TABLE `ended_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`reason` text NOT NULL,
	`ended_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `ended_sessions_at` ON `ended_sessions` (`ended_at`);--> statement-breakpoint
ALTER TABLE `notifications` ADD `sms_fallback_at` integer;