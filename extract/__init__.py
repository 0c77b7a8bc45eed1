"""Reading figures out of analysts' prose (the figure contract, sections 1-5)."""
