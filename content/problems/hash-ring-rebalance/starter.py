def rebalance(keys, nodes, new_node, vnodes=100):
    """Count the objects per node before and after adding new_node to the hash ring, and how many move."""
    raise NotImplementedError
