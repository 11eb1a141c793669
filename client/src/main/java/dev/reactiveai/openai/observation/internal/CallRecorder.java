package dev.reactiveai.openai.observation.internal;

/**
 * The observation of a call, as the parts of the transport that run inside it find it: in
 * the Reactor context, under this interface's class, while the call is observed.
 */
public interface CallRecorder {

	/**
	 * An attempt failed and the call tries again.
	 * @param failure why the attempt failed
	 */
	void retried(Throwable failure);

}
