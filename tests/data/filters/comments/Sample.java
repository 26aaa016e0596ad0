/** Greeter. */
public class Greeter {
    // say hi
    String hi() { return "hi"; }
}
