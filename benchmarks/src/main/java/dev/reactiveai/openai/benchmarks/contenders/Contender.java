package dev.reactiveai.openai.benchmarks.contenders;

/**
 * A client under comparison, set up against one base URL of the loopback server.
 */
public interface Contender extends AutoCloseable {

	/** The API key that every contender sends; the loopback server accepts any. */
	String API_KEY = "sk-benchmark";

	/** The name that the report shows. */
	String name();

	/** Release the contender's connections and threads. */
	@Override
	void close();

}
