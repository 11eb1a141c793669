package dev.reactiveai.openai.simulator;

/**
 * The simulator's model of one resource group of the API: the routes it answers and the
 * state it keeps.
 */
interface ResourceHandler {

	/**
	 * Adds this group's routes.
	 * @param routes the simulator's routes
	 */
	void register(Routes routes);

	/**
	 * Forgets every resource created so far.
	 */
	default void reset() {
	}

}
