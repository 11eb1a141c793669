package dev.reactiveai.openai.simulator;

import java.util.List;

/**
 * The resource groups the simulator models, in the order their routes are added. The
 * operations none of them models are answered from the spec's examples, last.
 */
final class ResourceHandlers {

	private ResourceHandlers() {
	}

	static List<ResourceHandler> create(Simulation simulation) {
		return List.of(new ModelsHandler(simulation), new ChatCompletionsHandler(simulation),
				new ResponsesHandler(simulation), new EmbeddingsHandler(simulation), new ModerationsHandler(simulation),
				new FilesHandler(simulation), new UploadsHandler(simulation), new BatchesHandler(simulation),
				new VectorStoresHandler(simulation), new VectorStoreFilesHandler(simulation),
				new VectorStoreFileBatchesHandler(simulation), new ImagesHandler(simulation),
				new AudioHandler(simulation));
	}

}
