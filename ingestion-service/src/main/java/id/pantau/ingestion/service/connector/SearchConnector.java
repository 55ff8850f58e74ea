package id.pantau.ingestion.service.connector;

import id.pantau.ingestion.config.ConnectorsConfig;
import id.pantau.ingestion.domain.ConnectorState;
import io.smallrye.mutiny.Uni;

/** A platform search API, one page at a time. */
public interface SearchConnector {

    /** Also the platform id of what it finds and the key of its {@link ConnectorState}. */
    String name();

    ConnectorsConfig.Common config();

    /** Whether it has what it needs to run (credentials). */
    boolean configured();

    /** Quota one page costs, checked before the page is asked for. */
    int pageCost();

    /** Fails with {@link ConnectorFailure}. */
    Uni<Page> fetch(ConnectorState.Cursor cursor);
}
