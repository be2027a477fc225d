package dk.henvis.common;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;

/** A connection the pool could open again ends a database outage (see {@link DatabaseUnavailable}). */
@ApplicationScoped
public class DatabaseReachability implements AgroalPoolInterceptor {

    @Override
    public void onConnectionCreate(Connection connection) {
        DatabaseUnavailable.reachable();
    }
}
