ALTER TABLE `help_requests` ADD `ended_by_provider_at` integer;--> statement-breakpoint
ALTER TABLE `help_requests` ADD `provider_end_reason` text;