ALTER TABLE `help_requests` ADD `taken_on_at` integer;--> statement-breakpoint
ALTER TABLE `help_requests` ADD `taken_on_by` integer REFERENCES users(id);