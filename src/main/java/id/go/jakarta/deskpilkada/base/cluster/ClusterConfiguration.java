package id.go.jakarta.deskpilkada.base.cluster;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The live path's periodic work: heartbeats and snapshot reconciliation. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ClusterConfiguration {}
