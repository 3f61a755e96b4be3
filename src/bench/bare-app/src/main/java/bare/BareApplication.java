package bare;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** One entity, one repository, one controller: what every Boot + JPA site starts with. */
@SpringBootApplication
public class BareApplication {

	public static void main(String[] args) {
		SpringApplication.run(BareApplication.class, args);
	}

}

@Entity
class Thing {

	@Id
	@GeneratedValue
	Long id;

	String name;

}

interface ThingRepository extends JpaRepository<Thing, Long> {
}

@RestController
class ThingController {

	private final ThingRepository things;

	ThingController(ThingRepository things) {
		this.things = things;
	}

	@GetMapping("/")
	long count() {
		return this.things.count();
	}

}
