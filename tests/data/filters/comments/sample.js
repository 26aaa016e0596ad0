// add two numbers
function add(a, b) {
  /* sum */
  return a + b; // done
}
