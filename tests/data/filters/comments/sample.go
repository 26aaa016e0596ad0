package main

// Add adds.
func Add(a, b int) int {
	/* plain */
	return a + b
}
