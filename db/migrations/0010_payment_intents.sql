CREATE TABLE `payment_intents` (
	`intent_id` text PRIMARY KEY NOT NULL,
	`payment_id` integer NOT NULL,
	FOREIGN KEY (`payment_id`) REFERENCES `payments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `payments` ADD `checkout_attempt` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
INSERT OR IGNORE INTO `payment_intents` (`intent_id`, `payment_id`)
SELECT `stripe_payment_intent_id`, `id` FROM `payments` WHERE `stripe_payment_intent_id` IS NOT NULL;
