package dev.gridsight.dashboard.internal.live;

import java.util.UUID;

import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.gridsight.catalog.DatasetAppended;

/**
 * Tells every open view of a dataset's charts that it has new rows, on
 * {@code /topic/datasets.{id}}; the views then ask for their data again over HTTP, with
 * their own permissions, so the message carries nothing but the new data version.
 */
@Component
class DatasetUpdates {

	private final SimpMessagingTemplate messaging;

	DatasetUpdates(SimpMessagingTemplate messaging) {
		this.messaging = messaging;
	}

	/** What a subscriber receives. */
	record DatasetChanged(UUID datasetId, long dataVersion, long rowsAppended) {
	}

	@ApplicationModuleListener
	void on(DatasetAppended appended) {
		messaging.convertAndSend("/topic/datasets." + appended.datasetId(),
				new DatasetChanged(appended.datasetId(), appended.dataVersion(), appended.rowsAppended()));
	}

}
