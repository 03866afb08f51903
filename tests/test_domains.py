from saring.domains import registrable_domain, url_domain


def test_registrable_domain_keeps_second_level_suffixes():
    assert registrable_domain("BLORA.SUARAMERDEKA.COM") == "suaramerdeka.com"
    assert registrable_domain("news.detik.com") == "detik.com"
    assert registrable_domain("www.antaranews.co.id") == "antaranews.co.id"
    assert registrable_domain("dinkes.bantulkab.go.id") == "bantulkab.go.id"
    assert registrable_domain("localhost") is None


def test_url_domain_handles_junk():
    assert url_domain("https://megapolitan.kompas.com/read/2024/01/01/x") == "kompas.com"
    assert url_domain("not a url") is None
    assert url_domain(None) is None
    assert url_domain("http://[::1") is None
