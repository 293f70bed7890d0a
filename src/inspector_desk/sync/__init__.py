"""Export bundles to headquarters, receipts and update packs (the sync issue)."""
