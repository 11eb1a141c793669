package dev.reactiveai.openai.benchmarks.contenders;

import java.util.concurrent.CompletableFuture;

/**
 * A contender that reads streamed chat completions.
 */
public interface StreamContender extends Contender {

	/**
	 * Read one whole stream.
	 * @return what the caller checks that every event was read by: the characters of
	 * content of all chunks, or, for a reader that parses nothing, the bytes of the body
	 */
	CompletableFuture<Long> readStream();

	/**
	 * Open a stream and leave it open, for as long as the server keeps it so.
	 * @param onEvent called for every event of the stream
	 * @return what keeps the stream, for the caller to hold as an application would
	 */
	Object hold(Runnable onEvent);

}
