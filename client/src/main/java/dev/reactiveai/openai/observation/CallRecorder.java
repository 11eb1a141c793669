package dev.reactiveai.openai.observation;

import org.springframework.http.HttpHeaders;

/**
 * What the transport tells the observation of a call while the call runs. When nothing
 * observes, it is {@link #NONE}, which does nothing.
 */
public interface CallRecorder {

	/** A recorder that records nothing. */
	CallRecorder NONE = new CallRecorder() {
	};

	/**
	 * An attempt failed and the call tries again.
	 * @param failure why the attempt failed
	 */
	default void retried(Throwable failure) {
	}

	/**
	 * An attempt was answered.
	 * @param headers the answer's headers
	 */
	default void answered(HttpHeaders headers) {
	}

}
