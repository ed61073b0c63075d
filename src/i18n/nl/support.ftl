## support
