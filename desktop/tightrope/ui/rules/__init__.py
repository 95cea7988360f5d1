"""The rules overlay, the deceptive twin and the trainer checklist's PDF (issue #20, 6-7)."""
