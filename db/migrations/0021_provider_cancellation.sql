ALTER TABLE `cancelled_visits` ADD `by_provider` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `cancelled_visits` ADD `reason` text;