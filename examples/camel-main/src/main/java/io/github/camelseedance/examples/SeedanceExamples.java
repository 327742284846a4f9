package io.github.camelseedance.examples;

import org.apache.camel.main.Main;

/**
 * The examples as one Camel Main application, configured by {@code application.properties}: images dropped in
 * {@code inbox/images} become image-to-video generations, {@code <name>-first.png} and {@code <name>-last.png} in
 * {@code inbox/frames} become first-last-frame generations, every video lands in S3, and each task's status changes
 * are logged. With {@code SEEDANCE_API_KEY} and the AWS settings in the environment it runs against the real
 * provider and a real bucket (see docs/user-guide.md); the offline demo runs the same application against the
 * emulator and S3Proxy.
 */
public final class SeedanceExamples {

    private SeedanceExamples() {
    }

    public static void main(String... args) throws Exception {
        Main main = new Main();
        addRoutes(main);
        main.run(args);
    }

    /** The application's routes (each example's test runs its own). */
    public static void addRoutes(Main main) {
        main.configure().addRoutesBuilder(new ImageToVideoRoute());
        main.configure().addRoutesBuilder(new FirstLastFrameRoute());
        main.configure().addRoutesBuilder(new StoreVideoRoute());
        main.configure().addRoutesBuilder(new TaskProgressRoute());
    }
}
