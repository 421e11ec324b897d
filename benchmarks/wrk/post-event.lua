-- wrk script: POST a small WAHA-style event (about 200 bytes) as JSON.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"id":"evt_1234567890","timestamp":1722170400000,"session":"default","engine":"WEBJS","event":"message","payload":{"id":"msg_abc123","from":"1234567890@c.us","body":"Hello!","type":"text"}}'
