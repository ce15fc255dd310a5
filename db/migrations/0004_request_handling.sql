CREATE TABLE `complaints` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`citizen_user_id` integer NOT NULL,
	`provider_id` integer,
	`municipality_code` text NOT NULL,
	`text` text NOT NULL,
	`status` text DEFAULT 'received' NOT NULL,
	`provider_response` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `help_requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`citizen_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`municipality_code`) REFERENCES `municipalities`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `complaints_municipality` ON `complaints` (`municipality_code`,`status`);--> statement-breakpoint
CREATE INDEX `complaints_request` ON `complaints` (`request_id`);--> statement-breakpoint
ALTER TABLE `help_requests` ADD `wait_days_at_request` integer;--> statement-breakpoint
ALTER TABLE `help_requests` ADD `helper_first_name` text;--> statement-breakpoint
ALTER TABLE `help_requests` ADD `helper_start_date` text;--> statement-breakpoint
ALTER TABLE `help_requests` ADD `decline_reason` text;--> statement-breakpoint
ALTER TABLE `users` ADD `calendar_token` text;