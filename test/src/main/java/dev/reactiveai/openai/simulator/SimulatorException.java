package dev.reactiveai.openai.simulator;

import org.jspecify.annotations.Nullable;

/**
 * An answer other than the handler's usual one, found on the way: a resource that is not
 * there (404), a request the API refuses (400). A handler throws it from wherever it
 * finds the problem, and the simulator answers with {@link #response()}; it carries no
 * stack trace, as it is no failure of the simulator.
 */
class SimulatorException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient SimulatorResponse response;

	/**
	 * An exception that answers with a response.
	 * @param response the answer
	 */
	SimulatorException(SimulatorResponse response) {
		super(null, null, false, false);
		this.response = response;
	}

	/**
	 * An exception that answers 400 with the API's {@code invalid_request_error}.
	 * @param message what was wrong, for a person
	 * @param param the parameter at fault, or {@code null}
	 * @return the exception
	 */
	static SimulatorException invalidRequest(String message, @Nullable String param) {
		return new SimulatorException(SimulatorResponse.invalidRequest(message, param));
	}

	/**
	 * The answer.
	 * @return the response to send
	 */
	SimulatorResponse response() {
		return this.response;
	}

}
