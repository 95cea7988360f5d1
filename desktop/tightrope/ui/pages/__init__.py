"""One module per page: a view class that builds layout and a controller that wires it."""
