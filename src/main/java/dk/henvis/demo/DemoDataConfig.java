package dk.henvis.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code henvis.demo-data.enabled}: load the fictitious demo data set at start (demo profile only; never in prod). */
@ConfigMapping(prefix = "henvis.demo-data")
public interface DemoDataConfig {

    @WithDefault("false")
    boolean enabled();
}
