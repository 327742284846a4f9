package io.github.camelseedance.examples;

/**
 * {@code direct:store-video}: the video in the body (a {@code File} from {@code output=file}, or the
 * {@code InputStream} of {@code output=stream}) goes to the bucket {@code examples.bucket} with its task's metadata.
 */
public class StoreVideoRoute extends org.apache.camel.builder.RouteBuilder {

    @Override
    public void configure() {
        from("direct:store-video").routeId("store-video")
                .process(VideoObjects::metadata)
                .to("aws2-s3:{{examples.bucket}}")
                .log("Stored s3://{{examples.bucket}}/${header.CamelAwsS3Key}"
                     + " (task ${header.CamelSeedanceTaskId}, ${header.CamelSeedanceTotalTokens} tokens)");
    }
}
