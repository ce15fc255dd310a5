CREATE TABLE `complaint_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`complaint_id` integer NOT NULL,
	`kind` text NOT NULL,
	`note` text,
	`by_user_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`complaint_id`) REFERENCES `complaints`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "complaint_events_kind" CHECK("complaint_events"."kind" IN ('received','in_progress','provider_response','resolved'))
);
--> statement-breakpoint
CREATE INDEX `complaint_events_complaint` ON `complaint_events` (`complaint_id`);--> statement-breakpoint
ALTER TABLE `complaints` ADD `provider_response_at` integer;--> statement-breakpoint
ALTER TABLE `complaints` ADD `provider_response_by_user_id` integer REFERENCES users(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `complaints` ADD `handled_by_user_id` integer REFERENCES users(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `complaints` ADD `in_progress_at` integer;--> statement-breakpoint
ALTER TABLE `complaints` ADD `resolved_at` integer;--> statement-breakpoint
ALTER TABLE `complaints` ADD `resolution` text;--> statement-breakpoint
CREATE INDEX `complaints_provider` ON `complaints` (`provider_id`,`status`);--> statement-breakpoint
-- Complaints filed before this migration start their history with being received.
INSERT INTO `complaint_events` (`complaint_id`, `kind`, `by_user_id`, `created_at`)
  SELECT `id`, 'received', `citizen_user_id`, `created_at` FROM `complaints`;
