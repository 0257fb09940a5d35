-- The organisations that take part: the region, the 49 municipalities (SCB codes, sub-regions) and
-- private Vårdval providers, and their units. Reference data: shared/reference/municipalities-vastra-gotaland.csv.

create table sub_region (
    code varchar(20) primary key,
    name text        not null unique
);

create table municipality (
    code       char(4) primary key check (code ~ '^14[0-9]{2}$'),
    name       text        not null unique,
    sub_region varchar(20) not null references sub_region
);

create table principal (
    id                  bigint generated always as identity primary key,
    kind                varchar(20) not null check (kind in ('REGION', 'MUNICIPALITY', 'PRIVATE_PROVIDER')),
    name                text        not null,
    organisation_number char(11) unique check (organisation_number ~ '^[0-9]{6}-[0-9]{4}$'),
    municipality_code   char(4) unique references municipality,
    version             integer     not null default 0,
    check ((kind = 'MUNICIPALITY') = (municipality_code is not null)),
    check (kind = 'MUNICIPALITY' or organisation_number is not null)
);

create table unit (
    id           bigint generated always as identity primary key,
    principal_id bigint      not null references principal,
    name         text        not null,
    operation    varchar(40) not null
        check (operation in ('MIDWIFE_CLINIC', 'CHILD_HEALTH', 'OPEN_PRESCHOOL', 'PREVENTIVE_SOCIAL_SERVICES')),
    hsa_id       varchar(31) unique,
    version      integer     not null default 0,
    unique (principal_id, name)
);

create index unit_operation on unit (operation);

insert into sub_region (code, name) values
    ('GR', 'Göteborgsregionen'),
    ('FYRBODAL', 'Fyrbodal'),
    ('SJUHARAD', 'Boråsregionen Sjuhärads kommunalförbund'),
    ('SKARABORG', 'Skaraborg');

insert into municipality (code, name, sub_region) values
    ('1401', 'Härryda', 'GR'),
    ('1402', 'Partille', 'GR'),
    ('1407', 'Öckerö', 'GR'),
    ('1415', 'Stenungsund', 'GR'),
    ('1419', 'Tjörn', 'GR'),
    ('1421', 'Orust', 'FYRBODAL'),
    ('1427', 'Sotenäs', 'FYRBODAL'),
    ('1430', 'Munkedal', 'FYRBODAL'),
    ('1435', 'Tanum', 'FYRBODAL'),
    ('1438', 'Dals-Ed', 'FYRBODAL'),
    ('1439', 'Färgelanda', 'FYRBODAL'),
    ('1440', 'Ale', 'GR'),
    ('1441', 'Lerum', 'GR'),
    ('1442', 'Vårgårda', 'SJUHARAD'),
    ('1443', 'Bollebygd', 'SJUHARAD'),
    ('1444', 'Grästorp', 'SKARABORG'),
    ('1445', 'Essunga', 'SKARABORG'),
    ('1446', 'Karlsborg', 'SKARABORG'),
    ('1447', 'Gullspång', 'SKARABORG'),
    ('1452', 'Tranemo', 'SJUHARAD'),
    ('1460', 'Bengtsfors', 'FYRBODAL'),
    ('1461', 'Mellerud', 'FYRBODAL'),
    ('1462', 'Lilla Edet', 'GR'),
    ('1463', 'Mark', 'SJUHARAD'),
    ('1465', 'Svenljunga', 'SJUHARAD'),
    ('1466', 'Herrljunga', 'SJUHARAD'),
    ('1470', 'Vara', 'SKARABORG'),
    ('1471', 'Götene', 'SKARABORG'),
    ('1472', 'Tibro', 'SKARABORG'),
    ('1473', 'Töreboda', 'SKARABORG'),
    ('1480', 'Göteborg', 'GR'),
    ('1481', 'Mölndal', 'GR'),
    ('1482', 'Kungälv', 'GR'),
    ('1484', 'Lysekil', 'FYRBODAL'),
    ('1485', 'Uddevalla', 'FYRBODAL'),
    ('1486', 'Strömstad', 'FYRBODAL'),
    ('1487', 'Vänersborg', 'FYRBODAL'),
    ('1488', 'Trollhättan', 'FYRBODAL'),
    ('1489', 'Alingsås', 'GR'),
    ('1490', 'Borås', 'SJUHARAD'),
    ('1491', 'Ulricehamn', 'SJUHARAD'),
    ('1492', 'Åmål', 'FYRBODAL'),
    ('1493', 'Mariestad', 'SKARABORG'),
    ('1494', 'Lidköping', 'SKARABORG'),
    ('1495', 'Skara', 'SKARABORG'),
    ('1496', 'Skövde', 'SKARABORG'),
    ('1497', 'Hjo', 'SKARABORG'),
    ('1498', 'Tidaholm', 'SKARABORG'),
    ('1499', 'Falköping', 'SKARABORG');

insert into principal (kind, name, organisation_number) values ('REGION', 'Västra Götalandsregionen', '232100-0131');

-- Organisation numbers of the municipalities are entered by their administrators.
insert into principal (kind, name, municipality_code) values
    ('MUNICIPALITY', 'Härryda kommun', '1401'),
    ('MUNICIPALITY', 'Partille kommun', '1402'),
    ('MUNICIPALITY', 'Öckerö kommun', '1407'),
    ('MUNICIPALITY', 'Stenungsunds kommun', '1415'),
    ('MUNICIPALITY', 'Tjörns kommun', '1419'),
    ('MUNICIPALITY', 'Orust kommun', '1421'),
    ('MUNICIPALITY', 'Sotenäs kommun', '1427'),
    ('MUNICIPALITY', 'Munkedals kommun', '1430'),
    ('MUNICIPALITY', 'Tanums kommun', '1435'),
    ('MUNICIPALITY', 'Dals-Eds kommun', '1438'),
    ('MUNICIPALITY', 'Färgelanda kommun', '1439'),
    ('MUNICIPALITY', 'Ale kommun', '1440'),
    ('MUNICIPALITY', 'Lerums kommun', '1441'),
    ('MUNICIPALITY', 'Vårgårda kommun', '1442'),
    ('MUNICIPALITY', 'Bollebygds kommun', '1443'),
    ('MUNICIPALITY', 'Grästorps kommun', '1444'),
    ('MUNICIPALITY', 'Essunga kommun', '1445'),
    ('MUNICIPALITY', 'Karlsborgs kommun', '1446'),
    ('MUNICIPALITY', 'Gullspångs kommun', '1447'),
    ('MUNICIPALITY', 'Tranemo kommun', '1452'),
    ('MUNICIPALITY', 'Bengtsfors kommun', '1460'),
    ('MUNICIPALITY', 'Melleruds kommun', '1461'),
    ('MUNICIPALITY', 'Lilla Edets kommun', '1462'),
    ('MUNICIPALITY', 'Marks kommun', '1463'),
    ('MUNICIPALITY', 'Svenljunga kommun', '1465'),
    ('MUNICIPALITY', 'Herrljunga kommun', '1466'),
    ('MUNICIPALITY', 'Vara kommun', '1470'),
    ('MUNICIPALITY', 'Götene kommun', '1471'),
    ('MUNICIPALITY', 'Tibro kommun', '1472'),
    ('MUNICIPALITY', 'Töreboda kommun', '1473'),
    ('MUNICIPALITY', 'Göteborgs kommun', '1480'),
    ('MUNICIPALITY', 'Mölndals kommun', '1481'),
    ('MUNICIPALITY', 'Kungälvs kommun', '1482'),
    ('MUNICIPALITY', 'Lysekils kommun', '1484'),
    ('MUNICIPALITY', 'Uddevalla kommun', '1485'),
    ('MUNICIPALITY', 'Strömstads kommun', '1486'),
    ('MUNICIPALITY', 'Vänersborgs kommun', '1487'),
    ('MUNICIPALITY', 'Trollhättans kommun', '1488'),
    ('MUNICIPALITY', 'Alingsås kommun', '1489'),
    ('MUNICIPALITY', 'Borås kommun', '1490'),
    ('MUNICIPALITY', 'Ulricehamns kommun', '1491'),
    ('MUNICIPALITY', 'Åmåls kommun', '1492'),
    ('MUNICIPALITY', 'Mariestads kommun', '1493'),
    ('MUNICIPALITY', 'Lidköpings kommun', '1494'),
    ('MUNICIPALITY', 'Skara kommun', '1495'),
    ('MUNICIPALITY', 'Skövde kommun', '1496'),
    ('MUNICIPALITY', 'Hjo kommun', '1497'),
    ('MUNICIPALITY', 'Tidaholms kommun', '1498'),
    ('MUNICIPALITY', 'Falköpings kommun', '1499');
