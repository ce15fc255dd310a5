ALTER TABLE `stripe_events` ADD `amount_cents` integer;--> statement-breakpoint
ALTER TABLE `stripe_events` ADD `currency` text;