package id.go.jakarta.deskpilkada.device.camera;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serial;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * A response body read into memory up to a limit: one byte more and reading stops, the connection
 * is dropped and the body fails with {@link TooLarge}. {@link #skipping()} reads nothing at all (an
 * error page or a redirect is never read); {@link #refusing} fails at once, for a body whose declared
 * length is already over the limit.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body went over the limit. */
    static final class TooLarge extends IOException {

        @Serial
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("response body over " + limit + " bytes");
        }
    }

    private enum Mode {
        READ,
        SKIP,
        REFUSE
    }

    private final long limit;
    private final Mode mode;
    private final ByteArrayOutputStream read = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private Flow.@Nullable Subscription subscription;

    private LimitedBody(long limit, Mode mode) {
        this.limit = limit;
        this.mode = mode;
    }

    /** A body read up to {@code limit} bytes. */
    static LimitedBody upTo(long limit) {
        return new LimitedBody(limit, Mode.READ);
    }

    /** A body that is not read: the subscription is cancelled at once and the body is empty. */
    static LimitedBody skipping() {
        return new LimitedBody(0, Mode.SKIP);
    }

    /** A body refused unread as larger than {@code limit}. */
    static LimitedBody refusing(long limit) {
        return new LimitedBody(limit, Mode.REFUSE);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        switch (mode) {
            case READ -> subscription.request(1);
            case SKIP -> {
                subscription.cancel();
                body.complete(new byte[0]);
            }
            case REFUSE -> {
                subscription.cancel();
                body.completeExceptionally(new TooLarge(limit));
            }
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        Flow.Subscription current = subscription;
        if (body.isDone() || current == null) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if (read.size() + (long) buffer.remaining() > limit) {
                current.cancel();
                body.completeExceptionally(new TooLarge(limit));
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            read.write(chunk, 0, chunk.length);
        }
        current.request(1);
    }

    @Override
    public void onError(Throwable failure) {
        body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        body.complete(read.toByteArray());
    }
}
