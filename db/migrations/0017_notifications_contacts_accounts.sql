CREATE TABLE `contact_details` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`for_name` text,
	`street` text NOT NULL,
	`house_number` text NOT NULL,
	`postcode` text NOT NULL,
	`place` text NOT NULL,
	`phone` text,
	`preferred_contact` text DEFAULT 'phone' NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contact_details_user` ON `contact_details` (`user_id`);--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`recipient_user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`event_key` text NOT NULL,
	`params` text NOT NULL,
	`link` text NOT NULL,
	`municipality_code` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`read_at` integer,
	`channel` text DEFAULT 'email' NOT NULL,
	`delivery_status` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer,
	`sent_at` integer,
	`transport` text,
	`last_error` text,
	`secret` text,
	FOREIGN KEY (`recipient_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`municipality_code`) REFERENCES `municipalities`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_event` ON `notifications` (`event_key`,`recipient_user_id`,`channel`);--> statement-breakpoint
CREATE INDEX `notifications_recipient` ON `notifications` (`recipient_user_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `notifications_due` ON `notifications` (`delivery_status`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `password_reset_tokens` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `password_reset_tokens_user` ON `password_reset_tokens` (`user_id`);--> statement-breakpoint
CREATE TABLE `recovery_codes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`code_hash` text NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `recovery_codes_user` ON `recovery_codes` (`user_id`);--> statement-breakpoint
ALTER TABLE `help_requests` ADD `contact_id` integer REFERENCES contact_details(id);--> statement-breakpoint
ALTER TABLE `municipalities` ADD `contact_phone` text;--> statement-breakpoint
ALTER TABLE `municipalities` ADD `contact_email` text;--> statement-breakpoint
ALTER TABLE `municipalities` ADD `contact_address` text;--> statement-breakpoint
ALTER TABLE `municipalities` ADD `contact_hours` text;--> statement-breakpoint
ALTER TABLE `users` ADD `language` text DEFAULT 'nl' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `email_off` text;--> statement-breakpoint
ALTER TABLE `users` ADD `last_login_at` integer;--> statement-breakpoint
ALTER TABLE `users` ADD `must_change_password` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `totp_secret` text;--> statement-breakpoint
ALTER TABLE `users` ADD `totp_enabled_at` integer;