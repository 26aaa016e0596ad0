#include <stdio.h>
/* entry point */
int main(void) {
    return 0; // ok
}
