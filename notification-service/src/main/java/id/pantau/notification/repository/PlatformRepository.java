package id.pantau.notification.repository;

import id.pantau.notification.domain.Platform;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PlatformRepository implements PanacheRepositoryBase<Platform, String> {
}
