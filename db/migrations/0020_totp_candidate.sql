ALTER TABLE `pending_logins` ADD `totp_candidate` text;--> statement-breakpoint
ALTER TABLE `sessions` ADD `totp_candidate` text;