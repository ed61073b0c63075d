## data
