package dev.reactiveai.openai.core;

/**
 * How much of each HTTP exchange a client logs, for debugging: never the keys, which are
 * redacted wherever they appear.
 */
public enum HttpLogLevel {

	/** Log nothing: the default. */
	NONE,

	/** Log the request line, the status, and the headers of requests and answers. */
	HEADERS,

	/**
	 * Log the headers and the bodies too, each body cut at a stated size and a stream
	 * logged event by event.
	 */
	BODY

}
