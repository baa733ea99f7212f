def heavy_hitters(events, share=0.05):
    """Return the user_ids holding at least `share` of the non-null events, using bounded memory."""
    raise NotImplementedError
